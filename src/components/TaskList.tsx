import { Link } from 'react-router';

export interface Task {
  id: string;
  title: string;
  hint?: string;
  /** No link when the task cannot be done yet. */
  href?: string;
  status: string;
  statusKind: 'nog-niet-begonnen' | 'bezig' | 'klaar' | 'soon';
}

/** GOV.UK "complete multiple tasks": each row a link with its status in words. */
export function TaskList({ tasks, label }: { tasks: readonly Task[]; label: string }) {
  return (
    <ul className="task-list" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id} className="task-list__item">
          <div className="task-list__name">
            {task.href ? (
              <Link to={task.href} aria-describedby={`task-${task.id}-status`}>
                {task.title}
              </Link>
            ) : (
              <span>{task.title}</span>
            )}
            {task.hint && <span className="task-list__hint">{task.hint}</span>}
          </div>
          <strong
            className={`task-status task-status--${task.statusKind}`}
            id={`task-${task.id}-status`}
          >
            {task.status}
          </strong>
        </li>
      ))}
    </ul>
  );
}

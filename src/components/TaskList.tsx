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

/**
 * GOV.UK "complete multiple tasks": each row a link with its status in words. The whole row
 * can be tapped (styles.css); the status is plain words, not a tag, so it never looks like a
 * button of its own.
 */
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
            {task.statusKind === 'klaar' && <DoneIcon />}
            {task.status}
          </strong>
        </li>
      ))}
    </ul>
  );
}

/** A tick before "Klaar", so done reads at a glance without relying on colour. */
function DoneIcon() {
  return (
    <svg
      className="task-status__icon"
      aria-hidden="true"
      viewBox="0 0 20 20"
      width="20"
      height="20"
    >
      <path d="M3 10.5l4.5 4.5L17 5" stroke="currentColor" strokeWidth="3" fill="none" />
    </svg>
  );
}

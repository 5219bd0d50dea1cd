import { NotFoundMessage } from '../../components/NotFoundMessage';

export function QuestionMissing() {
  return <NotFoundMessage />;
}

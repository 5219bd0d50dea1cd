import { useParams } from 'react-router';
import { NotFoundMessage } from '../../components/NotFoundMessage';
import { worksheets } from '../../content/worksheets';
import { ChooseItemsPage } from './ChooseItemsPage';
import { ListWorksheetPage } from './ListWorksheetPage';

export function WorksheetPage() {
  const { worksheetId = '' } = useParams();
  const worksheet = worksheets.find((w) => w.id === worksheetId);
  if (!worksheet) return <NotFoundMessage />;
  return worksheet.layout === 'list' ? (
    <ListWorksheetPage key={worksheet.id} worksheet={worksheet} />
  ) : (
    <ChooseItemsPage key={worksheet.id} worksheet={worksheet} />
  );
}

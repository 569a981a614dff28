import { createRoot } from 'react-dom/client';
import { cardLanguages, cardTitle, RecoveryCard } from '../../components/card/RecoveryCard';
import '../../components/card/card.css';

const languages = cardLanguages(navigator.languages);
document.documentElement.lang = languages[0] ?? 'en';
document.title = cardTitle(languages);

createRoot(document.getElementById('root') as HTMLElement).render(
  <RecoveryCard languages={languages} onPrint={() => window.print()} />,
);

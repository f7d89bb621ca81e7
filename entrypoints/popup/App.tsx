import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { ClientListItem } from '@/utils/ledger/queries';
import { ClientList } from '@/components/ClientList';

export function App() {
  const [clients, setClients] = useState<ClientListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('ui-bg:listClients', {}).then(setClients, (e: Error) => setError(e.message));
  }, []);
  return (
    <main class="popup">
      <h1>Firmly</h1>
      {error ? <p role="alert">{error}</p> : <ClientList clients={clients} locale={navigator.language} />}
    </main>
  );
}

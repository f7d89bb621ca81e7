export function App() {
  return (
    <main>
      <h1>Firmly</h1>
    </main>
  );
}

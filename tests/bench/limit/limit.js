// The bare page of limit.html: no framework, no bundle, no Intl. Marks `limit:painted` after
// the frame that shows the rows, as the popup's `firmly:list-painted` does (Preact runs effects
// after the next animation frame).
/* global performance, indexedDB, document, requestAnimationFrame, setTimeout */
'use strict';
performance.mark('limit:start');
const open = indexedDB.open('firmly');
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['summaries', 'clients', 'totals']);
  const clients = tx.objectStore('clients');
  const rows = [];
  let totals = [];
  tx.objectStore('totals').getAll().onsuccess = (e) => (totals = e.target.result);
  tx.objectStore('summaries').index('oldestDueDate').getAll(null, 40).onsuccess = (e) => {
    for (const s of e.target.result) {
      clients.get(s.clientId).onsuccess = (c) => rows.push({ s, c: c.target.result });
    }
  };
  tx.oncomplete = () => {
    const list = document.getElementById('rows');
    const head = document.createElement('p');
    head.textContent = totals
      .filter((t) => t.bucket !== '#built')
      .slice(0, 5)
      .map((t) => `${t.currency} ${t.amountMinor / 100}`)
      .join(' · ');
    document.body.prepend(head);
    for (const { s, c } of rows) {
      const li = document.createElement('li');
      const name = document.createElement('button');
      name.textContent = c ? c.name : s.clientId;
      li.append(name, ` ${JSON.stringify(s.balances)} ${s.oldestDueDate ?? ''}`);
      list.append(li);
    }
    requestAnimationFrame(() => setTimeout(() => performance.mark('limit:painted')));
  };
};

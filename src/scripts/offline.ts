/**
 * The one script content pages load (at most 1 KB compressed, checked by the audit): it registers
 * the service worker once the page has loaded, and shows the "Lưu để xem khi mất mạng" box where
 * a page has one (SaveOffline.astro), which without this script stays hidden. It holds no words:
 * the box carries them in data attributes, from src/i18n/offline.ts.
 */
import { SERVICE_WORKER_PATH } from '../lib/offline/worker-address';

const PROCEDURE_PAGE = /^\/thu-tuc\/\d+\.\d+\/$/;
const worker = navigator.serviceWorker;

/** This page and the procedure pages its main content links to, each once. */
function pagesToSave(): string[] {
  const links = [...document.querySelectorAll('main a[href^="/thu-tuc/"]')].map(
    (link) => link.getAttribute('href') ?? '',
  );
  return [
    location.pathname,
    ...new Set(links.filter((href) => PROCEDURE_PAGE.test(href) && href !== location.pathname)),
  ];
}

async function save(urls: string[]): Promise<{ page: boolean; procedures: number }> {
  const active = (await worker.ready).active;
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    if (active) active.postMessage({ type: 'save-pages', urls }, [channel.port2]);
    else reject(new Error('no worker'));
  });
}

function offerSaving(box: HTMLElement): void {
  const button = box.querySelector('button');
  const status = box.querySelector('[role="status"]');
  if (!button || !status) return;
  const { saving = '', done = '', failed = '' } = box.dataset;
  box.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = saving;
    save(pagesToSave()).then(
      (result) =>
        (status.textContent = result.page ? done.replace('{n}', String(result.procedures)) : failed),
      () => (status.textContent = failed),
    );
  });
}

if (worker) {
  addEventListener('load', () => void worker.register(SERVICE_WORKER_PATH).catch(() => undefined));
  const box = document.querySelector<HTMLElement>('[data-save-offline]');
  if (box) offerSaving(box);
}

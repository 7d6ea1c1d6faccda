import DOMPurify from 'dompurify';

type PurifyWindow = Parameters<typeof DOMPurify>[0];
type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

// No event-handler attributes: in an extension page each one parsed is a CSP violation report.
const PROBE = '<p title="t">x<script>alert(1)</script><b>y</b><a href="javascript:alert(1)">z</a></p>';
const PROBE_CLEAN = '<p title="t">x<b>y</b><a>z</a></p>';

/**
 * DOMPurify is only as safe as the DOM it runs on: on some DOM implementations (happy-dom,
 * cure53/DOMPurify#1457) it returns unsafe HTML without complaint. Refuse such a window
 * rather than return HTML we cannot vouch for.
 */
function purifierFor(win: NonNullable<PurifyWindow>): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    if (!purifier.isSupported || purifier.sanitize(PROBE) !== PROBE_CLEAN) {
      throw new Error('This DOM implementation cannot run DOMPurify safely; sanitize with a browser window or jsdom.');
    }
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * The one place page HTML is made safe to keep or show: DOMPurify's defaults, output untouched
 * afterwards. `win` is the window whose DOM parses it (a browser's, or jsdom's in Node).
 */
export function sanitizeHtml(html: string, win: PurifyWindow = globalThis.window): string {
  if (!win) throw new Error('sanitizeHtml needs a window with a DOM.');
  return purifierFor(win).sanitize(html);
}

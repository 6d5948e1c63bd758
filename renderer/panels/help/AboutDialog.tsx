import { useEffect, useState } from 'react';
import type { AboutInfo } from '../../../shared/api';
import { factdesk } from '../../factdesk';
import { useStore } from '../../state/store';
import { HelpFrame } from './HelpFrame';
import { overlayStore } from '../../state/overlay-store';

/** Help → About Factdesk, on every platform: versions, and the licences of what the app is built from. */
export function AboutDialog() {
  const open = useStore(overlayStore, (overlay) => overlay === 'about');
  const [about, setAbout] = useState<AboutInfo | null>(null);
  useEffect(() => {
    if (open) void factdesk.getAboutInfo().then(setAbout);
  }, [open]);
  if (!open) return null;
  return (
    <HelpFrame title="About Factdesk">
      {about && (
        <div className="about">
          <dl className="about-versions">
            <dt>Factdesk</dt>
            <dd>{about.version}</dd>
            <dt>Electron</dt>
            <dd>{about.electron}</dd>
            <dt>Chromium</dt>
            <dd>{about.chromium}</dd>
            <dt>Node.js</dt>
            <dd>{about.node}</dd>
          </dl>
          <h3>Licences</h3>
          <p>
            Factdesk is built with these open-source packages. Electron and Chromium list their own licences in
            LICENSES.chromium.html, in the folder the app is installed in.
          </p>
          <table className="about-licences" aria-label="Licences">
            <thead>
              <tr>
                <th scope="col">Package</th>
                <th scope="col">Version</th>
                <th scope="col">Licence</th>
              </tr>
            </thead>
            <tbody>
              {about.licences.map((item) => (
                <tr key={item.name}>
                  <td>{item.name}</td>
                  <td>{item.version}</td>
                  <td>{item.license}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </HelpFrame>
  );
}

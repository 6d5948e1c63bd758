import { useEffect } from 'react';
import { closeProject, newProject, openDemoProject, openProject } from '../project/file-actions';
import { importArticle } from '../project/article-import';
import { saveDocument } from '../project/save-document';
import { currentDocument } from '../project/document-store';
import { openExportDialog } from '../project/export-report';
import { openShareDialog, openSharedProjectDialog } from '../collab/share-dialog-store';
import { commands } from './command-registry';

/** Bind the File menu's commands. Save and Close only mean something with a project open. */
export function useFileCommands(): void {
  useEffect(() => {
    const whenOpen = (action: () => Promise<unknown>) => () => {
      if (currentDocument()) void action();
    };
    const unbind = [
      commands.bind('file.new', newProject),
      commands.bind('file.open', openProject),
      commands.bind('file.openDemo', openDemoProject),
      commands.bind(
        'file.save',
        whenOpen(() => saveDocument(false)),
      ),
      commands.bind(
        'file.saveAs',
        whenOpen(() => saveDocument(true)),
      ),
      commands.bind('file.close', whenOpen(closeProject)),
      commands.bind('file.importArticle', importArticle),
      commands.bind('file.exportReport', openExportDialog),
      commands.bind(
        'file.share',
        whenOpen(async () => openShareDialog()),
      ),
      commands.bind('file.openShared', () => openSharedProjectDialog()),
    ];
    return () => unbind.forEach((fn) => fn());
  }, []);
}

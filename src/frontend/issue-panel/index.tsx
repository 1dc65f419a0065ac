import React from 'react';
import ForgeReconciler from '@forge/react';
import { IssuePanel } from './issue-panel';

ForgeReconciler.render(
  <React.StrictMode>
    <IssuePanel />
  </React.StrictMode>,
);

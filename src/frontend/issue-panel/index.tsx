import React from 'react';
import ForgeReconciler from '@forge/react';
import { SetupStatus } from '../setup-status';

ForgeReconciler.render(
  <React.StrictMode>
    <SetupStatus />
  </React.StrictMode>,
);

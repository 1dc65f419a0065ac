import React from 'react';
import ForgeReconciler from '@forge/react';
import { AdminPage } from './admin-page';

ForgeReconciler.render(
  <React.StrictMode>
    <AdminPage />
  </React.StrictMode>,
);

import { createContext, useContext } from './vendor/preact-htm.module.js';

export const Session = createContext({ user: null, setUser: () => {} });
export const useSession = () => useContext(Session);

export const isEditor = (user) => ['editor', 'chief-editor', 'admin'].includes(user?.role);
export const isContributor = (user) => user?.role === 'contributor';
export const isChiefEditor = (user) => user?.role === 'chief-editor';
export const isAdmin = (user) => user?.role === 'admin';
export const isAuditReader = (user) => ['auditor', 'chief-editor', 'admin'].includes(user?.role);

/** @module The inspector's entry point: the shared theme on the document, then the app shell. */
import { themeTokens } from './styles/theme.ts';
import './components/hb-app.ts';

if (themeTokens.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeTokens.styleSheet];

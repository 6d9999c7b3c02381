/// <reference types="vite/client" />
// Vite's client types: lets TypeScript accept `import './styles.css'` and `import.meta.env`.

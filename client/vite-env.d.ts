// CSS imports, asset URLs and import.meta.env, as Vite provides them to the client.
/// <reference types="vite/client" />

/**
 * Tree-shaking rules of both shell builds (vite.config.ts, vite.app.config.ts). antd's Input reads the
 * form context (antd/form/context), which imports @rc-component/form; that package does not declare
 * itself free of side effects, so its whole index (fields, lists and async-validator, ≈ 13 kB gzipped)
 * would ship wherever an input is drawn, antd Form or not. It has none: its modules only define
 * components and helpers. docs/frontend-delivery.md.
 */
export const treeshake = {
  moduleSideEffects: (id: string) => (/[\\/]@rc-component[\\/](?:form|async-validator)[\\/]/.test(id) ? false : undefined),
};

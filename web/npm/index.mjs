// index.mjs — ES module entry of @storylens/core: the CommonJS build re-exported for `import`.
import core from './index.js';

export const load = core.load;
export default core;

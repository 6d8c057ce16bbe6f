/** Writes the app's icons (scripts/appIcons.ts) to public/icons/: `npm run gen:icons`. */
import fs from "node:fs";
import path from "node:path";
import { APP_ICONS, iconPng } from "./appIcons.ts";

const publicDir = path.resolve(import.meta.dirname, "../public");
for (const spec of APP_ICONS) {
  const file = path.join(publicDir, spec.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, iconPng(spec));
  console.log(`${spec.file}: ${spec.size}×${spec.size}${spec.maskable ? " (maskable)" : ""}`);
}

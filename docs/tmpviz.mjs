import { instance } from '@viz-js/viz';
const viz = await instance();
const dot = process.argv[2].replaceAll('|', '\n');
const r = [];
for (let i = 0; i < 4; i++) { try { r.push(viz.renderString(dot, { format: 'svg' }).length); } catch (e) { r.push(e.message.slice(0,20)); } }
console.log(JSON.stringify(process.argv[2]), r);

import { readFileSync } from 'node:fs';

/**
 * Which demo images exist in seed/assets (made by make-document-demo-images.ts): the seals of the
 * pilot agencies (their own names, marked 演示样章) and the signatures of the officers of the demo
 * accounts officer1 (王建国) and officer2 (刘思远).
 */
export const demoSealNames = [
  { agencyKey: 'agency:610200', file: '610200', name: '铜川市应急管理局' },
  { agencyKey: 'agency:610202', file: '610202', name: '王益区应急管理局' },
  { agencyKey: 'agency:610203', file: '610203', name: '印台区应急管理局' },
  { agencyKey: 'agency:610204', file: '610204', name: '耀州区应急管理局' },
  { agencyKey: 'agency:610222', file: '610222', name: '宜君县应急管理局' },
  { agencyKey: 'agency:tcxq', file: 'tcxq', name: '新区应急管理局' },
] as const;

export const demoSignatureNames = [
  { certNo: '61020019001', file: 'officer1', name: '王建国' },
  { certNo: '61020019002', file: 'officer2', name: '刘思远' },
] as const;

export const demoAsset = (name: string): Buffer => readFileSync(new URL(`./assets/${name}.png`, import.meta.url));

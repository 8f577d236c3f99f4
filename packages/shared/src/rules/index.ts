export * from './credit-code';
export * from './enterprise-codes';
export * from './industry';
export * from './completeness';
export * from './discretion';
export * from './sha256';
export * from './draw-algorithm';

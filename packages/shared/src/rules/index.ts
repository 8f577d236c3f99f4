export * from './credit-code';
export * from './enterprise-codes';
export * from './industry';
export * from './completeness';
export * from './discretion';

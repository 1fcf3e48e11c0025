export * from './supplier.dto';
export * from './scorecard.dto';

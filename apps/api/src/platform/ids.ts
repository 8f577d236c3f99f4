import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so clients can mint ids offline and indexes stay compact. */
export const newId = (): string => v7();

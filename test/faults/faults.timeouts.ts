// Fault scenarios start whole systems, kill parts of them and wait for recovery.
jest.setTimeout(600_000);

// Integration tests start servers and drive real workflows: allow them minutes, not seconds.
jest.setTimeout(180_000);

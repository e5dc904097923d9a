import fc from 'fast-check';

// Deterministic property runs in CI; FC_SEED=random (or a number) explores further by hand.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed });

/**
 * TEST-ONLY payload codec keys of the recorded encrypted history
 * (test/histories/claim-encrypted-lifecycle.json was recorded with HISTORY_KEY_2019 as the
 * current key). HISTORY_KEY_2020 stands for the key that replaced it in a rotation.
 * Never use these outside tests.
 */
export const HISTORY_KEY_2019 = 'hist-2019:rxDaUa/gv5yt0gojLi8ZMzN61Zl/7P6ZwCg7I1AxVqk=';
export const HISTORY_KEY_2020 = 'hist-2020:gTd7ERlO3oXGFwEjRu3HkNaSJQXmAUZtntY6nCVO3Nk=';

/** PAYLOAD_CODEC_KEYS after the rotation: the old key kept for old histories, the new one current. */
export const ROTATED_HISTORY_KEYS = `${HISTORY_KEY_2019},${HISTORY_KEY_2020}`;

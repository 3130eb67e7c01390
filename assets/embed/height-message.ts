/**
 * The one message between an embedded map and embed.js: the embed's content height. Shared by the
 * sender (`/embed/`) and the receiver (embed.js), which trusts nothing that fails
 * {@link isHeightMessage}. DOM-free.
 */

/** `type` of the height message. */
export const HEIGHT_MESSAGE_TYPE = "gemeinsam-wirken:hoehe";
/** Heights outside these bounds (pixels) are never applied. */
export const MIN_FRAME_HEIGHT = 200;
export const MAX_FRAME_HEIGHT = 5000;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  /** Content height in CSS pixels, an integer within the bounds. */
  readonly height: number;
  /** The `id` parameter of the embed (embed.js sets one per frame). */
  readonly id: string;
}

/**
 * True when `data` is a well-formed height message for frame `id`: a plain object with exactly the
 * expected types, an integer height within bounds and the expected id.
 */
export function isHeightMessage(data: unknown, id: string): data is HeightMessage {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === HEIGHT_MESSAGE_TYPE &&
    typeof message.height === "number" &&
    Number.isInteger(message.height) &&
    message.height >= MIN_FRAME_HEIGHT &&
    message.height <= MAX_FRAME_HEIGHT &&
    typeof message.id === "string" &&
    message.id === id
  );
}

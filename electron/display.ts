/** Which display gets the presenter window (pure: plain objects in, unit-tested without Electron). */
export type DisplayLike = {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  internal?: boolean;
};

/**
 * With more than one display, pick an external one: prefer a display not marked internal, then the
 * largest by area, never the primary (the operator's). One display only: null (no presenter window).
 */
export function chooseExternalDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primaryId: number,
): D | null {
  if (displays.length < 2) return null;
  const others = displays.filter((d) => d.id !== primaryId);
  if (others.length === 0) return null;
  const area = (d: D) => d.bounds.width * d.bounds.height;
  const ranked = [...others].sort((a, b) => {
    const ext = Number(a.internal === true) - Number(b.internal === true);
    return ext !== 0 ? ext : area(b) - area(a);
  });
  return ranked[0] ?? null;
}

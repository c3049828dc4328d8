import type { CSSProperties } from 'react';

/**
 * Tag colours with at least 4.5:1 contrast (WCAG AA): Ant Design's preset tag colours put light text
 * on light backgrounds (green-6 on green-1), which axe flags.
 */
export type Tone = 'success' | 'error' | 'warning' | 'processing' | 'neutral' | 'purple';

export const TONES: Record<Tone, CSSProperties> = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  processing: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: 'rgba(0, 0, 0, 0.85)', background: '#fafafa', borderColor: '#d9d9d9' },
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
};

/** Late-payment law: presets, editable reference rates, interest and compensation arithmetic. */
export * from '@/utils/legal/calendar';
export * from '@/utils/legal/claim';
export * from '@/utils/legal/compensation';
export * from '@/utils/legal/format';
export * from '@/utils/legal/interest';
export * from '@/utils/legal/presets';
export * from '@/utils/legal/rates';
export { convertMinor, divRoundHalfUp } from '@/utils/legal/money-math';

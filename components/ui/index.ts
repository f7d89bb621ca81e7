/** Small shared primitives for extension pages (popup, options). Generic: no Firmly wording. */
export { Button } from './Button';
export {
  FieldFrame,
  TextField,
  TextAreaField,
  SelectField,
  describedBy,
  type Option,
} from './Field';
export { LiveRegion } from './LiveRegion';
export { Segmented } from './Segmented';

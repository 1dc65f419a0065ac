/** A test-side check that the emulated site's requests and responses stay inside Atlassian's OpenAPI documents. */
export { findOperation, type DocumentedExample, type OperationSpec, type ParameterSpec, type ResponseSpec } from './operations';
export { validateRequest, type RequestToValidate } from './validate-request';
export { validateResponse } from './validate-response';

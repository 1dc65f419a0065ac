export { validateMapping, type MappingProblem, type MappingValidation, type UnknownKeyProblem } from './validate-mapping';

import { fieldErrorsOf } from './field-errors';

const FIELDS = ['taskType', 'retryDelay', 'executorConfig', 'backoffRate'];

describe('fieldErrorsOf', () => {
  it('puts each message at the field its first word names, several per field in order', () => {
    expect(
      fieldErrorsOf(['retryDelay must not be less than 0', 'backoffRate must not be greater than 10', 'retryDelay must be a number conforming to the specified constraints'], FIELDS),
    ).toEqual({
      byField: { retryDelay: ['retryDelay must not be less than 0', 'retryDelay must be a number conforming to the specified constraints'], backoffRate: ['backoffRate must not be greater than 10'] },
      form: [],
    });
  });

  it('reads a nested property by its first part', () => {
    expect(fieldErrorsOf(['executorConfig.url must be a string'], FIELDS).byField).toEqual({ executorConfig: ['executorConfig.url must be a string'] });
  });

  it('keeps for the top of the form what names no field of it', () => {
    expect(fieldErrorsOf(['property colour should not exist', 'request body is not valid JSON', 'priority must be an integer'], FIELDS)).toEqual({
      byField: {},
      form: ['property colour should not exist', 'request body is not valid JSON', 'priority must be an integer'],
    });
  });
});

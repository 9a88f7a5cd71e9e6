export class DuplicateExecutorError extends Error {
  constructor(readonly executorType: string) {
    super(`an executor of type ${executorType} is already registered`);
    this.name = new.target.name;
  }
}

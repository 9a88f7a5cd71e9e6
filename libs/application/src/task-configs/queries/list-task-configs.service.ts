import { TaskConfigProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

/** Every task type, ordered by name. */
export class ListTaskConfigsService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'configs'>) {}

  list(): Promise<TaskConfigProps[]> {
    return this.ports.configs.findAll();
  }
}

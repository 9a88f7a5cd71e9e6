import { Injectable } from '@nestjs/common';

/** What one part of the app waits for when it stops, e.g. "resigning scheduler leadership". */
export type StopStep = () => string;

/**
 * What the app's stop will wait for, gathered from the parts that run in it (the HTTP server, a
 * scheduler, a worker), so that the app can say it in one line the moment a stop begins.
 */
@Injectable()
export class StopPlan {
  private readonly steps: StopStep[] = [];

  add(step: StopStep): void {
    this.steps.push(step);
  }

  describe(): string {
    return this.steps.length > 0 ? this.steps.map((step) => step()).join(', ') : 'nothing to wait for';
  }
}

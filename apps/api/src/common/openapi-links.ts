import { type LinkObject } from '@nestjs/swagger';

/** A controller class, named so its operations' ids (`Controller_method`) can be built. */
type ControllerClass<T> = abstract new (...args: never[]) => T;

/**
 * OpenAPI links (3.0 §4.7.20.4) from a response to operations of `controller`: each
 * gets `parameters`, runtime expressions like `$response.body#/id`, so a client or a
 * stateful fuzz can follow what was just created. Method names are checked against
 * the controller, so a renamed handler fails to compile instead of dangling.
 */
export function linksTo<T>(
  controller: ControllerClass<T>,
  methods: readonly (keyof T & string)[],
  parameters: Record<string, string>,
): Record<string, LinkObject> {
  return Object.fromEntries(
    methods.map((method) => {
      const operationId = `${controller.name}_${method}`;
      return [operationId, { operationId, parameters }];
    }),
  );
}

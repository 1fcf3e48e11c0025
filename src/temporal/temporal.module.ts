/**
 * The API's Temporal client (global). It connects at start-up, so a wrong address or
 * namespace stops the API with a clear message instead of failing the first request,
 * and the connection is closed when the app shuts down.
 *
 * The client runs on the Temporal runtime's native connection (its Rust core, the worker's
 * too), not on @grpc/grpc-js: the gRPC work of every intake and action leaves the API's
 * event loop (docs/benchmarks.md, fourteenth round). That connection retries a failed call
 * by itself and ends it at its deadline; it does not honour an abort signal (bounded-wait.ts).
 */
import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, isGrpcServiceError } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { claimsDataConverter } from './data-converter';

/** Injection token for the `Client` from @temporalio/client. */
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

const GRPC_NOT_FOUND = 5;
/** How long the API keeps trying to reach Temporal at start-up (a server still starting), before it gives up. */
const CONNECT_PATIENCE_MS = 10_000;
const CONNECT_RETRY_MS = 250;

export class TemporalConnectError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemporalConnectError';
  }
}

/** Connects, checks the namespace exists, and returns a client bound to it (with the payload codec when configured). */
export async function connectTemporalClient(
  { address, namespace }: AppConfig['temporal'],
  payloadCodec?: AppConfig['payloadCodec'],
): Promise<Client> {
  let connection: NativeConnection;
  try {
    connection = await connectWithPatience(address, CONNECT_PATIENCE_MS);
  } catch (err) {
    throw new TemporalConnectError(
      `Cannot connect to Temporal at ${address} (TEMPORAL_ADDRESS): ${(err as Error).message}. ` +
        'Is the Temporal server running? (`npm start` starts a local dev server.)',
      { cause: err },
    );
  }
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch (err) {
    await connection.close();
    if (isGrpcServiceError(err) && err.code === GRPC_NOT_FOUND) {
      throw new TemporalConnectError(
        `Temporal namespace "${namespace}" (TEMPORAL_NAMESPACE) does not exist on ${address}; ` +
          `create it (\`temporal operator namespace create --namespace ${namespace}\`) or fix the variable.`,
        { cause: err },
      );
    }
    throw new TemporalConnectError(
      `Temporal at ${address} did not describe namespace "${namespace}": ${(err as Error).message}`,
      { cause: err },
    );
  }
  return new Client({ connection, namespace, dataConverter: claimsDataConverter(payloadCodec) });
}

/** The runtime's connection fails at once when nobody listens: tried again until `patienceMs` has passed. */
async function connectWithPatience(address: string, patienceMs: number): Promise<NativeConnection> {
  const until = Date.now() + patienceMs;
  for (;;) {
    try {
      return await NativeConnection.connect({ address });
    } catch (err) {
      if (Date.now() + CONNECT_RETRY_MS > until) throw err;
      await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
    }
  }
}

@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('Temporal');

  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.client.connection.close();
    } catch (err) {
      this.logger.warn(`closing the Temporal connection failed: ${(err as Error).message}`);
    }
  }
}

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => connectTemporalClient(config.temporal, config.payloadCodec),
    },
    TemporalConnectionCloser,
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalModule {}

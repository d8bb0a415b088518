/** Where the local infrastructure reports what it is doing (the launcher prints it). */
export type InfraLog = (message: string) => void;

/** An infrastructure process started on this machine, stopped on exit. */
export interface RunningService {
  stop(): Promise<void>;
}

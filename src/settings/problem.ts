/** What validation and migration report (`settings.ts`, `migrate.ts`): its own file, so neither imports the other. */
/** One thing that could not be used as stored, in words a developer can act on. */
export interface SettingsProblem {
  field: string;
  message: string;
  /**
   * `field`: the whole field was unusable and took its default; `entry`: one entry of a list or
   * map was dropped, the rest kept; `unknown`: a key this version does not know, dropped;
   * `version`: the version marker itself.
   */
  kind: 'field' | 'entry' | 'unknown' | 'version';
}

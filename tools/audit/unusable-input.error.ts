/** Bad usage or a file that cannot be read as what it should be: exit 2, nothing was judged. */
export class UnusableInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableInput';
  }
}

/** identity's rule for sign-in names: 2 to 32 of a-z 0-9 . _ -, starting with a letter (checked again there). */
export const usernamePattern = /^[a-z][a-z0-9._-]{1,31}$/;

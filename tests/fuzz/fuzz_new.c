/* fuzz_new.c: random constructor calls through the public API (pyexc.h):
 * a class from the table (or a user subclass from the prelude), arguments
 * made from the input (ints of any size, str, bytes, tuples, lists, sets,
 * None, floats, nested exceptions, kwargs), then str/repr, attributes read
 * and set, and methods called on the results.
 * Input: byte 0 chooses the profile (as fuzz_run); then ops, one byte each
 * with operands after it (fuzz_values.h; op 19+ constructs). */
#include "fuzz_values.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  FzVm vm = {.in = {data + 1, size - 1}};
  vm.rt = fz_open(data[0], (size_t)16 << 20);
  if (!vm.rt) return 0;
  for (int steps = 0; fz_more(&vm.in) && steps < 2000; steps++) {
    uint8_t op = fz_u8(&vm.in) % 24;
    if (!fz_value_op(&vm, op)) fz_construct(&vm);
  }
  fz_finish(&vm, 1);
  return 0;
}

// Package shop has mistakes go vet finds.
package shop

import (
	"fmt"
	"sync"
)

type Cart struct {
	mu    sync.Mutex
	items int
}

// Copy copies the lock along with the cart.
func Copy(c Cart) Cart { return c }

func Describe(n int) string {
	return fmt.Sprintf("%s items", n)
}

func Unreachable() int {
	return 1
	fmt.Println("never")
	return 2
}

// Package gofixture is a throwaway module whose only job is to make go test, go vet and
// go tool cover print real output for the parser fixtures.
package gofixture

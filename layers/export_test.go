package layers

// AppendJSONLineReflect is the encoding/json path of AppendJSONLine, for comparing bytes.
func AppendJSONLineReflect(r *Result, b []byte) ([]byte, error) { return r.appendJSONLineReflect(b) }
